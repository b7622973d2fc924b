"""Both forms of sigmoid's derivative versus autograd; the largest value is 1/4, at x = 0."""
import torch

x = (torch.arange(-12, 13) / 4).requires_grad_()
torch.sigmoid(x).sum().backward()
with torch.no_grad():
    s = torch.sigmoid(x)
    torch.testing.assert_close(x.grad, torch.exp(-x) / (1 + torch.exp(-x)) ** 2)
    torch.testing.assert_close(x.grad, s * (1 - s))  # sigma' = sigma (1 - sigma)

print(x.detach()[::6])
print(x.grad[::6])
print("max:", x.grad.max().item(), "at x =", x.detach()[x.grad.argmax()].item())
