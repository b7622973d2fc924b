"""The three derivatives on one set of axes: sigmoid's stays below 1/4, ReLU's is 1 for x > 0."""
import matplotlib.pyplot as plt
import torch

x = torch.linspace(-6, 6, 601, requires_grad=True)
fig, ax = plt.subplots(figsize=(6, 3.3))
for label, f in {"sigmoid": torch.sigmoid, "tanh": torch.tanh, "ReLU": torch.relu}.items():
    (grad,) = torch.autograd.grad(f(x).sum(), x)
    xs = x.detach()
    (line,) = ax.plot(xs[xs < 0], grad[xs < 0], label=f"{label}'")
    # two pieces, so no vertical line is drawn at ReLU's jump
    ax.plot(xs[xs >= 0], grad[xs >= 0], color=line.get_color())
ax.axhline(0.25, color="gray", linestyle="--", linewidth=1)
ax.set_xlabel("x")
ax.set_ylabel("derivative")
ax.set_title("How much of the gradient each activation lets through")
ax.grid(alpha=0.3)
ax.legend()
fig.tight_layout()
