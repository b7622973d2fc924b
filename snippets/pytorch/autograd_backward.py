"""Run backward on a small graph and check the gradients against the hand-derived ones."""
import torch

x = torch.tensor([0.5, 1.0, 2.0], requires_grad=True)
w = torch.tensor(3.0, requires_grad=True)
y = (x ** 2 * w + torch.sin(x)).sum()  # a scalar
print(x.requires_grad, x.is_leaf, x.grad_fn)  # (1)!
print(y.requires_grad, y.is_leaf, y.grad_fn.name())  # (2)!

y.backward()  # (3)!
grad_x = 2 * x * w + torch.cos(x)  # dy/dx_i by hand
grad_w = (x ** 2).sum()  # dy/dw by hand
print(x.grad, grad_x.detach())
print(w.grad, grad_w.detach())
print(torch.allclose(x.grad, grad_x), torch.allclose(w.grad, grad_w))
