"""Receptive field of a small stack: the recurrence, checked by which input pixels get a gradient."""
import matplotlib.pyplot as plt
from matplotlib.patches import Rectangle
import torch
from torch import nn

# Chinese labels need a CJK font; matplotlib falls back to it for glyphs DejaVu Sans lacks
plt.rcParams["font.family"] = ["DejaVu Sans", "Noto Sans CJK SC"]

LABELS = {
    "zh": {"title": "最后一层输出 (1, 1) 对 16×16 输入的梯度", "r": "r = {r}：{r}×{r} 个像素"},
    "en": {"title": "gradient of output pixel (1, 1) w.r.t. the 16×16 input", "r": "r = {r}: {r}×{r} pixels"},
}

net = nn.Sequential(
    nn.Conv2d(1, 1, kernel_size=3),
    nn.Conv2d(1, 1, kernel_size=3),
    nn.AvgPool2d(kernel_size=2),  # stride defaults to 2
    nn.Conv2d(1, 1, kernel_size=3),
)
sizes = [(3, 1), (3, 1), (2, 2), (3, 1)]  # (kernel size k, stride s) of each layer above

r, j = 1, 1  # receptive field and jump (input pixels per step) before the first layer
for layer, (k, s) in zip(net, sizes):
    r, j = r + (k - 1) * j, j * s
    print(f"{type(layer).__name__:<9} k={k} s={s}  r={r:2}  j={j}")

with torch.no_grad():  # all weights 1, all biases 0: no gradient can cancel out
    for layer in net:
        if isinstance(layer, nn.Conv2d):
            layer.weight.fill_(1.0)
            layer.bias.zero_()

X = torch.zeros(1, 1, 16, 16, requires_grad=True)
Y = net(X)
Y[0, 0, 1, 1].backward()  # one output pixel
grad = X.grad[0, 0]
rows, cols = grad.nonzero(as_tuple=True)
print("output", tuple(Y.shape), "-> input rows", rows.min().item(), "to", rows.max().item(),
      "cols", cols.min().item(), "to", cols.max().item())
print("nonzero gradients:", len(rows))
print("row 6:", grad[6, 2:12].numpy())  # pixels near the center reach the output by more paths
assert len(rows) == r * r and rows.max() - rows.min() + 1 == r


def plot_receptive_field(lang):
    text = LABELS[lang]
    fig, ax = plt.subplots(figsize=(4.5, 4))
    im = ax.imshow(grad.numpy(), cmap="viridis")
    ax.set_title(text["title"])
    ax.set_xticks(range(0, 16, 2))
    ax.set_yticks(range(0, 16, 2))
    top, left = rows.min().item(), cols.min().item()
    ax.add_patch(Rectangle((left - 0.5, top - 0.5), r, r, fill=False, edgecolor="red", linewidth=2))
    ax.text(left + r / 2 - 0.5, top - 1.2, text["r"].format(r=r), color="red", ha="center")
    fig.colorbar(im, ax=ax, shrink=0.8)
    return fig
