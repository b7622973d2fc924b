"""A 3x3 convolution on an 8x8 image is a fully connected layer whose 36x64 weight matrix shares 9 numbers."""
import matplotlib.pyplot as plt
import torch
from torch import nn

# Chinese labels need a CJK font; matplotlib falls back to it for glyphs DejaVu Sans lacks
plt.rcParams["font.family"] = ["DejaVu Sans", "Noto Sans CJK SC"]

LABELS = {
    "zh": {"title": "8×8 输入上的 Conv2d(1, 1, 3) 写成 36×64 的矩阵：\n共享 9 个权重，其余为 0",
           "x": "输入像素（按行展平，0..63）", "y": "输出像素（0..35）"},
    "en": {"title": "Conv2d(1, 1, 3) on 8×8 as a 36×64 matrix:\n9 shared weights, the rest 0",
           "x": "input pixel (row-major, 0..63)", "y": "output pixel (0..35)"},
}

torch.manual_seed(0)
conv = nn.Conv2d(1, 1, kernel_size=3)  # 8x8 in -> 6x6 out
fc = nn.Linear(8 * 8, 6 * 6)  # the same input and output sizes, fully connected
print("conv parameters:", sum(p.numel() for p in conv.parameters()))
print("fc parameters:  ", sum(p.numel() for p in fc.parameters()))
big = nn.Conv2d(3, 64, kernel_size=3)  # c_o * (c_i * k_h * k_w + 1), for any image size
print("Conv2d(3, 64, 3) parameters:", sum(p.numel() for p in big.parameters()))
assert sum(p.numel() for p in big.parameters()) == 64 * (3 * 3 * 3 + 1)


def conv_flat(x):
    """The conv layer as a function from 64 numbers to 36 numbers."""
    return conv(x.reshape(1, 1, 8, 8)).reshape(36)


# the conv layer is linear in its input, so its Jacobian is the weight matrix of an equivalent fc layer
W = torch.autograd.functional.jacobian(conv_flat, torch.zeros(64))
print("equivalent weight matrix:", tuple(W.shape))
print("nonzero entries:", (W != 0).sum().item(), "of", W.numel())
print("distinct nonzero values:", W[W != 0].unique().numel())
torch.testing.assert_close(W[0].reshape(8, 8)[:3, :3], conv.weight[0, 0].detach())  # row 0 holds the kernel


def plot_weight_sharing(lang):
    text = LABELS[lang]
    fig, ax = plt.subplots(figsize=(5, 3.6))
    ax.imshow(W.numpy(), cmap="bwr", vmin=-0.4, vmax=0.4)
    ax.set_title(text["title"])
    ax.set_xlabel(text["x"])
    ax.set_ylabel(text["y"])
    return fig
