"""Draw a 3-4-2 network with its bias units; mark the weight W^(1)_21 and the bias b^(1)_2."""
import matplotlib.pyplot as plt
from matplotlib.patches import Circle, FancyArrowPatch

# Chinese labels need a CJK font; matplotlib falls back to it for glyphs DejaVu Sans lacks
plt.rcParams["font.family"] = ["DejaVu Sans", "Noto Sans CJK SC"]

LABELS = {
    "zh": {"layers": ["第 1 层（输入层）", "第 2 层（隐藏层）", "第 3 层（输出层）"]},
    "en": {"layers": ["layer 1 (input)", "layer 2 (hidden)", "layer 3 (output)"]},
}

sizes = [3, 4, 2]  # units in layer 1 (input), layer 2 (hidden), layer 3 (output)
labels = [r"$x_{%d}$", r"$a^{(2)}_{%d}$", r"$a^{(3)}_{%d}$"]
xs = [0.0, 3.2, 6.4]  # horizontal position of each layer
r = 0.34  # radius of a unit
bias_y = -2.9  # height of the bias units


def unit(layer, i):
    """Centre of unit i (counted from 1) of a layer, the layer centred on height 0."""
    return xs[layer], (sizes[layer] + 1) / 2 - i


def arrow(ax, p, q, color, lw):
    """An arrow from circle p to circle q, starting and ending on their edges."""
    dx, dy = q[0] - p[0], q[1] - p[1]
    d = (dx**2 + dy**2) ** 0.5
    start = (p[0] + r * dx / d, p[1] + r * dy / d)
    end = (q[0] - r * dx / d, q[1] - r * dy / d)
    ax.add_patch(FancyArrowPatch(start, end, arrowstyle="-|>", mutation_scale=10, color=color,
                                 lw=lw))


def plot_mlp_network(lang):
    text = LABELS[lang]
    fig, ax = plt.subplots(figsize=(8, 5.4))
    for l in range(2):  # connections from layer l + 1 to layer l + 2 (0-based l here)
        for i in range(1, sizes[l + 1] + 1):
            for j in range(1, sizes[l] + 1):
                marked = (l, i, j) == (0, 2, 1)  # W^(1)_21: from unit 1 of layer 1 to unit 2 of layer 2
                color, lw = ("tab:red", 2) if marked else ("0.7", 0.8)
                arrow(ax, unit(l, j), unit(l + 1, i), color, lw)
            marked = (l, i) == (0, 2)  # b^(1)_2: from the bias unit of layer 1 to unit 2 of layer 2
            color, lw = ("tab:blue", 2) if marked else ("0.7", 0.8)
            arrow(ax, (xs[l], bias_y), unit(l + 1, i), color, lw)

    for l, n in enumerate(sizes):
        for i in range(1, n + 1):
            ax.add_patch(Circle(unit(l, i), r, facecolor="white", edgecolor="black", zorder=3))
            ax.text(*unit(l, i), labels[l] % i, ha="center", va="center", fontsize=12, zorder=4)
        if l < 2:  # a bias unit always outputs +1 and has no incoming connections
            ax.add_patch(Circle((xs[l], bias_y), r, facecolor="#e8e8e8", edgecolor="black", zorder=3))
            ax.text(xs[l], bias_y, "+1", ha="center", va="center", fontsize=12, zorder=4)

    for x, title in zip(xs, text["layers"]):
        ax.text(x, 2.7, title, ha="center", fontsize=12)
    ax.text(1.2, 1.55, r"$W^{(1)}_{21}$", color="tab:red", fontsize=14)
    ax.text(1.28, -1.54, r"$b^{(1)}_{2}$", color="tab:blue", fontsize=14, ha="center", va="center",
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 1}, zorder=5)
    ax.text(1.6, -3.75, r"$W^{(1)}$: 4×3,  $\mathbf{b}^{(1)}$: 4", ha="center", fontsize=12)
    ax.text(4.8, -3.75, r"$W^{(2)}$: 2×4,  $\mathbf{b}^{(2)}$: 2", ha="center", fontsize=12)
    ax.set_xlim(-0.7, 7.1)
    ax.set_ylim(-4.0, 3.1)
    ax.set_aspect("equal")
    ax.axis("off")
    return fig
