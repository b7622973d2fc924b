"""The three derivatives on one set of axes: sigmoid's stays below 1/4, ReLU's is 1 for x > 0."""
import matplotlib.pyplot as plt
import torch

# Chinese labels need a CJK font; matplotlib falls back to it for glyphs DejaVu Sans lacks
plt.rcParams["font.family"] = ["DejaVu Sans", "Noto Sans CJK SC"]

LABELS = {
    "zh": {"y": "导数", "title": "每种激活函数能让多少梯度通过"},
    "en": {"y": "derivative", "title": "How much of the gradient each activation lets through"},
}


def plot_activation_grads(lang):
    text = LABELS[lang]
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
    ax.set_ylabel(text["y"])
    ax.set_title(text["title"])
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    return fig
