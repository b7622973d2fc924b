"""The derivatives of GELU and SiLU from their formulas versus autograd."""
import math

import torch
from torch import nn

x = (torch.arange(-12, 13) / 4).requires_grad_()
(gelu_grad,) = torch.autograd.grad(nn.GELU()(x).sum(), x)
(silu_grad,) = torch.autograd.grad(nn.SiLU()(x).sum(), x)
with torch.no_grad():
    Phi = 0.5 * (1 + torch.erf(x / math.sqrt(2)))  # standard normal CDF
    phi = torch.exp(-x**2 / 2) / math.sqrt(2 * math.pi)  # and its density
    s = torch.sigmoid(x)
    torch.testing.assert_close(gelu_grad, Phi + x * phi)
    torch.testing.assert_close(silu_grad, s * (1 + x * (1 - s)))

print("    x  GELU'   SiLU'")
for v, g, s_ in zip(x.detach()[::3], gelu_grad[::3], silu_grad[::3]):
    print(f"{v:5.2f} {g:6.3f} {s_:7.3f}")
print(f"largest on this grid: GELU' {gelu_grad.max():.3f}, SiLU' {silu_grad.max():.3f}")
