"""Plot tanh and its derivative (by autograd)."""
import matplotlib.pyplot as plt
import torch

# Chinese labels need a CJK font; matplotlib falls back to it for glyphs DejaVu Sans lacks
plt.rcParams["font.family"] = ["DejaVu Sans", "Noto Sans CJK SC"]

LABELS = {
    "zh": {"derivative": "导数 1 − tanh²(x)"},  # no $…$ next to Chinese: math text has no CJK glyphs
    "en": {"derivative": r"derivative $1 - \tanh^2(x)$"},
}


def plot_tanh(lang):
    text = LABELS[lang]
    x = torch.linspace(-4, 4, 321, requires_grad=True)
    y = torch.tanh(x)
    (grad,) = torch.autograd.grad(y.sum(), x)

    fig, (ax_f, ax_d) = plt.subplots(2, 1, figsize=(5, 5.6))  # one above the other: fits a phone
    ax_f.plot(x.detach(), y.detach())
    ax_f.set_title("tanh(x)")
    ax_d.plot(x.detach(), grad, color="tab:green")
    ax_d.set_title(text["derivative"])
    for ax in (ax_f, ax_d):
        ax.set_xlabel("x")
        ax.grid(alpha=0.3)
    fig.tight_layout()
    return fig
