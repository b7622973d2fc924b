"""pReLU(x) = max(0, x) + alpha min(0, x), checked against nn.PReLU."""
import torch
from torch import nn

prelu = nn.PReLU()  # one learnable alpha, initialized to 0.25
alpha = prelu.weight
print("alpha:", alpha.item())

x = torch.arange(-12, 13) / 4
formula = torch.clamp(x, min=0) + alpha * torch.clamp(x, max=0)  # max(0, x) + alpha min(0, x)
torch.testing.assert_close(prelu(x), formula)
print(x[8:17:2])
print(prelu(x)[8:17:2].detach())
