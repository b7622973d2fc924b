"""Plot L1, squared and Huber loss against the residual, labelled in Chinese or English."""
import matplotlib.pyplot as plt
import torch
from torch import nn

# Chinese labels need a CJK font; matplotlib falls back to it for glyphs DejaVu Sans lacks
plt.rcParams["font.family"] = ["DejaVu Sans", "Noto Sans CJK SC"]

LABELS = {
    "zh": {"x": "残差 r = ŷ − y", "y": "损失"},  # no $…$ next to Chinese: math text has no CJK glyphs
    "en": {"x": "residual r = ŷ − y", "y": "loss"},
}


def plot_losses(lang):
    text = LABELS[lang]
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
    ax.set_xlabel(text["x"])
    ax.set_ylabel(text["y"])
    ax.set_ylim(0, 5)
    ax.legend()
    ax.grid(alpha=0.3)
    return fig
