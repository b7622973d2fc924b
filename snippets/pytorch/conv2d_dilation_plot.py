"""Draw the input cells a 3x3 kernel touches with dilation 1 and with dilation 2."""
import matplotlib.pyplot as plt
from matplotlib.patches import Rectangle

n = 7  # a 7x7 input grid
fig, axes = plt.subplots(1, 2, figsize=(8, 4.2))
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
                ax.text(c + 0.5, n - 0.5 - r, f"w{i}{j}", ha="center", va="center", fontsize=9)
    ax.set_xlim(0, n)
    ax.set_ylim(0, n)
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_title(f"dilation={d}: 9 weights span {span}x{span} cells")
fig.suptitle("A 3x3 kernel at the top-left corner of a 7x7 input")
fig.legend(
    handles=[
        Rectangle((0, 0), 1, 1, facecolor="tab:orange", edgecolor="gray"),
        Rectangle((0, 0), 1, 1, facecolor="#dbe9f6", edgecolor="gray"),
    ],
    labels=["cell multiplied by a weight", "skipped cell inside the span"],
    loc="lower center",
    ncol=2,
)
plt.show()
