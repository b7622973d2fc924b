"""torch.no_grad() and .detach() stop autograd from recording."""
import torch

w = torch.tensor([1.0, -1.0], requires_grad=True)
X = torch.tensor([[1.0, 2.0], [3.0, 4.0]])

y_hat = X @ w
print(y_hat.requires_grad, y_hat.grad_fn.name())

with torch.no_grad():  # nothing inside is recorded
    y_hat = X @ w
print(y_hat.requires_grad, y_hat.grad_fn)

d = w.detach()  # (1)!
print(d.requires_grad, d.data_ptr() == w.data_ptr())
