"""Plot L1, squared and Huber loss against the residual y_hat - y."""
import matplotlib.pyplot as plt
import torch
from torch import nn

residual = torch.linspace(-3, 3, 121)
zeros = torch.zeros_like(residual)
curves = {
    r"L1: $|r|$": nn.L1Loss(reduction="none")(residual, zeros),
    r"MSE: $r^2$": nn.MSELoss(reduction="none")(residual, zeros),
    r"Huber ($\delta = 1$)": nn.HuberLoss(reduction="none")(residual, zeros),
}

fig, ax = plt.subplots(figsize=(5, 3.2))
for label, values in curves.items():
    ax.plot(residual, values, label=label)
ax.set_xlabel(r"residual $r = \hat{y} - y$")
ax.set_ylabel("loss")
ax.set_ylim(0, 5)
ax.legend()
ax.grid(alpha=0.3)
plt.show()
