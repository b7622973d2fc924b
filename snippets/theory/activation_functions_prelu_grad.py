"""pReLU's derivatives by x and by alpha versus autograd; at x = 0 PyTorch returns alpha."""
import torch
from torch import nn

prelu = nn.PReLU()
alpha = prelu.weight
x = (torch.arange(-12, 13) / 4).requires_grad_()
prelu(x).sum().backward()  # L = sum of pReLU(x_k)

with torch.no_grad():
    torch.testing.assert_close(x.grad, torch.where(x > 0, 1.0, alpha))  # 1 for x > 0, else alpha
    # alpha is shared by all elements, so dL/d alpha adds up min(0, x_k)
    torch.testing.assert_close(alpha.grad, torch.clamp(x, max=0).sum().reshape(1))

print(x.detach()[8:17:2])
print(x.grad[8:17:2])
print("dL/d alpha:", alpha.grad.item(), "  sum of min(0, x):", torch.clamp(x, max=0).sum().item())
