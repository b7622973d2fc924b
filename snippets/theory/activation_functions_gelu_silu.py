"""GELU(x) = x Phi(x) and SiLU(x) = x sigmoid(x), checked against nn.GELU and nn.SiLU."""
import math

import torch
from torch import nn

x = torch.arange(-12, 13) / 4
Phi = 0.5 * (1 + torch.erf(x / math.sqrt(2)))  # standard normal CDF
torch.testing.assert_close(x * Phi, nn.GELU()(x))
torch.testing.assert_close(x * torch.sigmoid(x), nn.SiLU()(x))

print("    x   ReLU    GELU    SiLU")
for v in x[::3]:
    print(f"{v:5.2f} {torch.relu(v):6.3f} {nn.GELU()(v):7.3f} {nn.SiLU()(v):7.3f}")

x_fine = torch.linspace(-4, 0, 4001)  # steps of 0.001: where is each curve lowest?
for name, f in [("GELU", nn.GELU()), ("SiLU", nn.SiLU())]:
    y = f(x_fine)
    print(f"{name} minimum {y.min():.4f} at x = {x_fine[y.argmin()]:.3f}")

gelu_tanh = nn.GELU(approximate="tanh")  # Phi approximated with tanh
print(f"tanh approximation: largest difference {(gelu_tanh(x) - nn.GELU()(x)).abs().max():.4f}")
