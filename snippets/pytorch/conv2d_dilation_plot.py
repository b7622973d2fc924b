"""Draw the input cells a 3x3 kernel touches with dilation 1 and with dilation 2, labelled in Chinese or English."""
import matplotlib.pyplot as plt
from matplotlib.patches import Rectangle

# Chinese labels need a CJK font; matplotlib falls back to it for glyphs DejaVu Sans lacks
plt.rcParams["font.family"] = ["DejaVu Sans", "Noto Sans CJK SC"]

LABELS = {
    "zh": {"title": "dilation={d}：9 个权重覆盖 {span}×{span} 个格子",
           "suptitle": "3×3 卷积核放在 7×7 输入的左上角",
           "hit": "与权重相乘的格子", "skipped": "覆盖范围内被跳过的格子"},
    "en": {"title": "dilation={d}: 9 weights span {span}×{span} cells",
           "suptitle": "A 3×3 kernel at the top-left corner of a 7×7 input",
           "hit": "cell multiplied by a weight", "skipped": "skipped cell inside the span"},
}
n = 7  # a 7x7 input grid


def plot_dilation(lang):
    text = LABELS[lang]
    fig, axes = plt.subplots(2, 1, figsize=(4.4, 9), layout="constrained")  # one above the other: fits a phone
    for ax, d in zip(axes, [1, 2]):
        span = d * (3 - 1) + 1  # how far the kernel reaches: d(k - 1) + 1
        touched = {(i * d, j * d) for i in range(3) for j in range(3)}
        for r in range(n):
            for c in range(n):
                hit = (r, c) in touched
                inside = r < span and c < span
                color = "tab:orange" if hit else ("#dbe9f6" if inside else "white")
                ax.add_patch(Rectangle((c, n - 1 - r), 1, 1, facecolor=color, edgecolor="gray"))
                if hit:
                    i, j = r // d, c // d
                    ax.text(c + 0.5, n - 0.5 - r, f"w{i}{j}", ha="center", va="center", fontsize=11)
        ax.set_xlim(0, n)
        ax.set_ylim(0, n)
        ax.set_aspect("equal")
        ax.set_xticks([])
        ax.set_yticks([])
        ax.set_title(text["title"].format(d=d, span=span))
    fig.suptitle(text["suptitle"])
    fig.legend(
        handles=[
            Rectangle((0, 0), 1, 1, facecolor="tab:orange", edgecolor="gray"),
            Rectangle((0, 0), 1, 1, facecolor="#dbe9f6", edgecolor="gray"),
        ],
        labels=[text["hit"], text["skipped"]],
        loc="outside lower center",
    )
    return fig
