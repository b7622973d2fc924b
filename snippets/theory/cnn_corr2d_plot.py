"""Draw the cross-correlation example: input, kernel and output, one window highlighted."""
import matplotlib.pyplot as plt
from matplotlib.patches import Rectangle

# Chinese labels need a CJK font; matplotlib falls back to it for glyphs DejaVu Sans lacks
plt.rcParams["font.family"] = ["DejaVu Sans", "Noto Sans CJK SC"]

LABELS = {
    "zh": {"X": "输入 X（3×4）", "K": "卷积核 K（2×2）", "Y": "输出 Y（2×3）"},
    "en": {"X": "input X (3×4)", "K": "kernel K (2×2)", "Y": "output Y (2×3)"},
}

X = [[0, 1, 2, 3],
     [4, 5, 6, 7],
     [8, 9, 10, 11]]
K = [[1, 0],
     [2, -1]]
Y = [[sum(X[i + u][j + v] * K[u][v] for u in range(2) for v in range(2)) for j in range(3)]
     for i in range(2)]


def draw_grid(ax, values, highlight, color, title):
    """Draw a grid of numbers (row 0 at the top), shading the cells in `highlight`."""
    rows, cols = len(values), len(values[0])
    for r in range(rows):
        for c in range(cols):
            face = color if (r, c) in highlight else "white"
            ax.add_patch(Rectangle((c, rows - 1 - r), 1, 1, facecolor=face, edgecolor="gray"))
            ax.text(c + 0.5, rows - 0.5 - r, values[r][c], ha="center", va="center", fontsize=14)
    ax.set_xlim(-0.1, cols + 0.1)
    ax.set_ylim(-0.1, rows + 0.1)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_title(title)


def plot_corr2d(lang):
    text = LABELS[lang]
    fig, axes = plt.subplots(1, 3, figsize=(9, 3), gridspec_kw={"width_ratios": [4, 2, 3]})
    window = {(0, 0), (0, 1), (1, 0), (1, 1)}
    draw_grid(axes[0], X, window, "#9ecae1", text["X"])
    draw_grid(axes[1], K, window, "#fdae6b", text["K"])
    draw_grid(axes[2], Y, {(0, 0)}, "#a1d99b", text["Y"])
    fig.text(0.5, -0.02, "Y[0,0] = 0×1 + 1×0 + 4×2 + 5×(−1) = 3", ha="center", fontsize=13)
    return fig
