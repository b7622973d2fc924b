"""Draw the ten tiles in order, then the batches of one shuffled epoch (batch_size=4, seeded generator)."""
import matplotlib.pyplot as plt
import torch
from PIL import Image
from skimage import data
from torch.utils.data import DataLoader, TensorDataset
from torchvision import transforms

# Chinese labels need a CJK font; matplotlib falls back to it for glyphs DejaVu Sans lacks
plt.rcParams["font.family"] = ["DejaVu Sans", "Noto Sans CJK SC"]

LABELS = {
    "zh": {"order": "数据集原本的顺序", "batch": "批量 {b}"},
    "en": {"order": "dataset order", "batch": "batch {b}"},
}

# the same ten tiles as the Tiles dataset: tile i has label i
photo = Image.fromarray(data.chelsea()).crop((0, 60, 450, 240)).resize((160, 64))
images = torch.stack([transforms.ToTensor()(photo.crop((32 * c, 32 * r, 32 * c + 32, 32 * r + 32)))
                      for r in range(2) for c in range(5)])
loader = DataLoader(TensorDataset(images, torch.arange(10)), batch_size=4, shuffle=True,
                    generator=torch.Generator().manual_seed(0))
batches = list(loader)  # one shuffled epoch, taken once: each call draws the same batches


def plot_shuffled_batches(lang):
    text = LABELS[lang]
    rows = [(text["order"], images[:5], torch.arange(5)), ("", images[5:], torch.arange(5, 10))]  # two rows of 5
    rows += [(text["batch"].format(b=b), X, y) for b, (X, y) in enumerate(batches)]
    fig, axes = plt.subplots(len(rows), 5, figsize=(5.2, 1.15 * len(rows)), layout="constrained")
    for ax_row, (name, X, y) in zip(axes, rows):
        ax_row[0].set_ylabel(name, rotation=0, ha="right", va="center")
        for k, ax in enumerate(ax_row):
            ax.set_xticks([])
            ax.set_yticks([])
            if k < len(y):
                ax.imshow(X[k].permute(1, 2, 0).numpy())  # [C, H, W] -> [H, W, C]
                ax.set_title(str(y[k].item()), fontsize=10)
            else:
                ax.axis("off")  # a short batch leaves empty places
    return fig
