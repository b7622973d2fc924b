"""Plot ReLU and pReLU (alpha = 0.25) and their derivatives, the derivatives taken by autograd."""
import matplotlib.pyplot as plt
import torch
from torch import nn

# Chinese labels need a CJK font; matplotlib falls back to it for glyphs DejaVu Sans lacks
plt.rcParams["font.family"] = ["DejaVu Sans", "Noto Sans CJK SC"]

LABELS = {
    "zh": {"function": "函数", "derivative": "导数（圆点：PyTorch 在 x = 0 处取的值）"},
    "en": {"function": "function", "derivative": "derivative (dots: PyTorch's value at x = 0)"},
}


def plot_relu(lang):
    text = LABELS[lang]
    x = torch.linspace(-3, 3, 601, requires_grad=True)
    curves = {"ReLU": torch.relu, r"pReLU ($\alpha = 0.25$)": nn.PReLU()}  # PReLU starts at alpha = 0.25
    styles = [{"color": "tab:blue", "lw": 3}, {"color": "tab:orange", "ls": "--"}]

    fig, (ax_f, ax_d) = plt.subplots(2, 1, figsize=(5, 5.6))  # one above the other: fits a phone
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
    ax_f.set_title(text["function"])
    ax_d.set_title(text["derivative"])
    ax_d.set_ylim(-0.1, 1.15)
    for ax in (ax_f, ax_d):
        ax.set_xlabel("x")
        ax.grid(alpha=0.3)
        ax.legend(loc="upper left")
    fig.tight_layout()
    return fig
