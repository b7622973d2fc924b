"""Plot GELU and SiLU next to ReLU, with their derivatives (by autograd)."""
import matplotlib.pyplot as plt
import torch
from torch import nn

# Chinese labels need a CJK font; matplotlib falls back to it for glyphs DejaVu Sans lacks
plt.rcParams["font.family"] = ["DejaVu Sans", "Noto Sans CJK SC"]

LABELS = {
    "zh": {"function": "函数", "derivative": "导数"},
    "en": {"function": "function", "derivative": "derivative"},
}


def plot_gelu_silu(lang):
    text = LABELS[lang]
    x = torch.linspace(-4, 4, 801, requires_grad=True)
    curves = {"ReLU": torch.relu, "GELU": nn.GELU(), "SiLU": nn.SiLU()}
    styles = [{"color": "gray", "lw": 3, "alpha": 0.5}, {"color": "tab:blue"}, {"color": "tab:red", "ls": "--"}]

    fig, (ax_f, ax_d) = plt.subplots(2, 1, figsize=(5, 5.6))  # one above the other: fits a phone
    for (label, f), style in zip(curves.items(), styles):
        y = f(x)
        (grad,) = torch.autograd.grad(y.sum(), x)
        xs = x.detach()
        ax_f.plot(xs, y.detach(), label=label, **style)
        # two pieces, so no vertical line is drawn at ReLU's jump
        ax_d.plot(xs[xs < 0], grad[xs < 0], label=label, **style)
        ax_d.plot(xs[xs > 0], grad[xs > 0], **style)
    ax_f.set_title(text["function"])
    ax_d.set_title(text["derivative"])
    for ax in (ax_f, ax_d):
        ax.set_xlabel("x")
        ax.grid(alpha=0.3)
        ax.legend(loc="upper left")
    fig.tight_layout()
    return fig
