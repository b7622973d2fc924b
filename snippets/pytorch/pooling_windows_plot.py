"""Draw the four 2x2 windows of MaxPool2d(2) on a 4x4 input and the 2x2 output, labelled in Chinese or English."""
import matplotlib.pyplot as plt
from matplotlib.patches import Rectangle

# Chinese labels need a CJK font; matplotlib falls back to it for glyphs DejaVu Sans lacks
plt.rcParams["font.family"] = ["DejaVu Sans", "Noto Sans CJK SC"]

LABELS = {
    "zh": {"input": "4×4 输入：四个 2×2 窗口，粗体是窗口最大值", "output": "MaxPool2d(2) 的 2×2 输出"},
    "en": {"input": "input 4×4: four 2×2 windows, bold = window max", "output": "MaxPool2d(2) output 2×2"},
}

X = [[1, 3, 2, 0],
     [4, 6, 5, 7],
     [8, 2, 0, 1],
     [3, 5, 9, 4]]
colors = [["#9ecae1", "#fdae6b"], ["#a1d99b", "#bcbddc"]]  # one color per window
# Y[r][c] is the max of the window whose top-left cell is X[2r][2c]
Y = [[max(X[2 * r + i][2 * c + j] for i in range(2) for j in range(2)) for c in range(2)]
     for r in range(2)]


def draw_grid(ax, values, color_of, bold):
    """Draw a grid of numbers; row 0 at the top."""
    n = len(values)
    for r in range(n):
        for c in range(n):
            ax.add_patch(Rectangle((c, n - 1 - r), 1, 1, facecolor=color_of(r, c),
                                   edgecolor="white", linewidth=2))
            ax.text(c + 0.5, n - 0.5 - r, values[r][c], ha="center", va="center",
                    fontsize=14, fontweight="bold" if bold(r, c) else "normal")
    ax.set_xlim(0, n)
    ax.set_ylim(0, n)
    ax.set_aspect("equal")
    ax.axis("off")


def plot_pooling_windows(lang):
    text = LABELS[lang]
    fig, (ax_in, ax_out) = plt.subplots(1, 2, figsize=(8, 4), gridspec_kw={"width_ratios": [2, 1]})
    draw_grid(ax_in, X, lambda r, c: colors[r // 2][c // 2], lambda r, c: X[r][c] == Y[r // 2][c // 2])
    draw_grid(ax_out, Y, lambda r, c: colors[r][c], lambda r, c: True)
    ax_in.set_title(text["input"])
    ax_out.set_title(text["output"])
    return fig
