"""Five random crops and flips of a photo and of a digit, labelled in Chinese or English."""
import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F
from skimage import data
from sklearn.datasets import load_digits
from torchvision import transforms

# Chinese labels need a CJK font; matplotlib falls back to it for glyphs DejaVu Sans lacks
plt.rcParams["font.family"] = ["DejaVu Sans", "Noto Sans CJK SC"]

LABELS = {
    "zh": {"original": "原图", "augmented": "增强 {i}", "photo": "照片", "digit": "数字"},
    "en": {"original": "original", "augmented": "augmented {i}", "photo": "photo", "digit": "digit"},
}

# a photo shrunk to CIFAR-10's 32x32, and a handwritten 3 blown up to 3x32x32 as on the page
photo = torch.tensor(data.chelsea()[:, 75:375]).permute(2, 0, 1) / 255  # a 300x300 square, (C, H, W)
photo = F.interpolate(photo.unsqueeze(0), size=32, mode="bilinear", antialias=True)[0]
digit = torch.tensor(load_digits().images[3], dtype=torch.float32) / 16  # the digit 3
digit = F.interpolate(digit[None, None], size=32, mode="bilinear")[0].repeat(3, 1, 1)

augment = transforms.Compose([
    transforms.RandomCrop(32, padding=4),
    transforms.RandomHorizontalFlip(),
])
torch.manual_seed(0)
rows = {name: [image] + [augment(image) for _ in range(5)]  # drawn once: every figure shows the same
        for name, image in (("photo", photo), ("digit", digit))}


def plot_augmentation(lang):
    text = LABELS[lang]
    fig, axes = plt.subplots(4, 3, figsize=(4.6, 6.4), layout="constrained")  # three per row: fits a phone
    for ax_rows, (name, images) in zip((axes[:2], axes[2:]), rows.items()):  # two rows for each image
        ax_rows[0, 0].set_ylabel(text[name], rotation=0, ha="right", va="center")
        for k, (ax, image) in enumerate(zip(ax_rows.flat, images)):
            ax.imshow(image.permute(1, 2, 0).clamp(0, 1).numpy())  # (C, H, W) -> (H, W, C)
            ax.set_xticks([])
            ax.set_yticks([])
            ax.set_title(text["original"] if k == 0 else text["augmented"].format(i=k), fontsize=10)
    return fig
