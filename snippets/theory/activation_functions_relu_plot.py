"""Plot ReLU and pReLU (alpha = 0.25) and their derivatives, the derivatives taken by autograd."""
import matplotlib.pyplot as plt
import torch
from torch import nn

x = torch.linspace(-3, 3, 601, requires_grad=True)
prelu = nn.PReLU()  # alpha = 0.25
curves = {"ReLU": torch.relu, r"pReLU ($\alpha = 0.25$)": prelu}

fig, (ax_f, ax_d) = plt.subplots(1, 2, figsize=(9, 3.3))
styles = [{"color": "tab:blue", "lw": 3}, {"color": "tab:orange", "ls": "--"}]
for (label, f), style in zip(curves.items(), styles):
    y = f(x)
    (grad,) = torch.autograd.grad(y.sum(), x)
    xs, ys = x.detach(), y.detach()
    ax_f.plot(xs, ys, label=label, **style)
    # draw the derivative as two pieces, so no vertical line joins them at 0
    ax_d.plot(xs[xs < 0], grad[xs < 0], label=label, **style)
    ax_d.plot(xs[xs > 0], grad[xs > 0], **style)
    x0 = torch.zeros(1, requires_grad=True)
    (g0,) = torch.autograd.grad(f(x0).sum(), x0)
    ax_d.plot(0, g0.item(), "o", color=style["color"])  # the value PyTorch uses at x = 0
ax_f.set_title("function")
ax_d.set_title("derivative (dots: PyTorch's value at x = 0)")
ax_d.set_ylim(-0.1, 1.15)
for ax in (ax_f, ax_d):
    ax.set_xlabel("x")
    ax.grid(alpha=0.3)
    ax.legend(loc="upper left")
fig.tight_layout()
