"""Draw what X.sum(dim=0) and X.sum(dim=1) add up for a 2x3 matrix, labelled in Chinese or English."""
import matplotlib.pyplot as plt
import torch

# Chinese labels need a CJK font; matplotlib falls back to it for glyphs DejaVu Sans lacks
plt.rcParams["font.family"] = ["DejaVu Sans", "Noto Sans CJK SC"]

LABELS = {
    "zh": {"dim0": "X.sum(dim=0)：第 0 维（行号）消失\n跨行纵向相加，每列一个和，形状 (3,)",
           "dim1": "X.sum(dim=1)：第 1 维（列号）消失\n跨列横向相加，每行一个和，形状 (2,)"},
    "en": {"dim0": "X.sum(dim=0): rows collapse\none sum per column, shape (3,)",
           "dim1": "X.sum(dim=1): columns collapse\none sum per row, shape (2,)"},
}

X = torch.tensor([[1, 2, 3],
                  [4, 5, 6]])
n_rows, n_cols = X.shape


def draw_grid(ax):
    """Draw X as a grid of numbered cells; cell (i, j) has its center at (j, -i)."""
    for i in range(n_rows):
        for j in range(n_cols):
            ax.add_patch(plt.Rectangle((j - 0.5, -i - 0.5), 1, 1, fill=False, lw=1.5))
            ax.text(j, -i, str(X[i, j].item()), ha="center", va="center", fontsize=16)


def draw_result(ax, x, y, value):
    """Draw one sum in a shaded cell."""
    ax.add_patch(plt.Rectangle((x - 0.5, y - 0.5), 1, 1, color="tab:orange", alpha=0.3))
    ax.text(x, y, str(value), ha="center", va="center", fontsize=16, fontweight="bold")


def plot_sum_dims(lang):
    text = LABELS[lang]
    # one above the other: fits a phone; the top panel is taller, its sums sit below the grid
    fig, (ax0, ax1) = plt.subplots(2, 1, figsize=(4.6, 6), height_ratios=[3.7, 2.5])

    # dim=0: walk down each column, the row axis disappears -> shape (3,)
    draw_grid(ax0)
    for j, s in enumerate(X.sum(dim=0).tolist()):
        ax0.annotate("", xy=(j + 0.3, -1.4), xytext=(j + 0.3, 0.4),
                     arrowprops=dict(arrowstyle="->", color="tab:blue", lw=2))
        draw_result(ax0, j, -2.2, s)
    ax0.set_title(text["dim0"])

    # dim=1: walk along each row, the column axis disappears -> shape (2,)
    draw_grid(ax1)
    for i, s in enumerate(X.sum(dim=1).tolist()):
        ax1.annotate("", xy=(2.9, -i - 0.3), xytext=(-0.4, -i - 0.3),
                     arrowprops=dict(arrowstyle="->", color="tab:green", lw=2))
        draw_result(ax1, 3.7, -i, s)
    ax1.set_title(text["dim1"])

    ax0.set_ylim(-2.9, 0.8)
    ax1.set_ylim(-1.7, 0.8)
    for ax in (ax0, ax1):
        ax.set_xlim(-0.8, 4.4)
        ax.set_aspect("equal")
        ax.axis("off")
    fig.tight_layout()
    return fig
