"""tanh' = 1 - tanh^2 versus autograd; the largest value is 1, at x = 0."""
import torch

x = (torch.arange(-12, 13) / 4).requires_grad_()
torch.tanh(x).sum().backward()
with torch.no_grad():
    torch.testing.assert_close(x.grad, 1 - torch.tanh(x) ** 2)

print(x.detach()[::6])
print(x.grad[::6])
print("max:", x.grad.max().item(), "at x =", x.detach()[x.grad.argmax()].item())
