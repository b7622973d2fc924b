"""Draw one photo before and after Resize, RandomCrop (with edge padding) and a Compose pipeline, labelled in Chinese or English."""
import matplotlib.pyplot as plt
import torch
from PIL import Image
from skimage import data
from torchvision import transforms

# Chinese labels need a CJK font; matplotlib falls back to it for glyphs DejaVu Sans lacks
plt.rcParams["font.family"] = ["DejaVu Sans", "Noto Sans CJK SC"]

LABELS = {
    "zh": {"original": "原图", "padded": "RandomCrop((360, 520),\npad_if_needed, edge)",
           "compose": "Compose：Resize、ToTensor、\nNormalize（按 x*0.5+0.5 显示）", "size": "宽 {w}，高 {h}"},
    "en": {"original": "original", "padded": "RandomCrop((360, 520),\npad_if_needed, edge)",
           "compose": "Compose: Resize, ToTensor,\nNormalize (shown as x*0.5+0.5)", "size": "{w} wide, {h} high"},
}

img = Image.fromarray(data.chelsea())  # 451 wide, 300 high
torch.manual_seed(0)
pipeline = transforms.Compose([transforms.Resize((400, 300)), transforms.ToTensor(),
                               transforms.Normalize([0.5] * 3, [0.5] * 3)])
panels = {  # made once: each call draws the same random crops
    "original": img,
    "Resize((400, 300))": transforms.Resize((400, 300))(img),
    "RandomCrop((224, 224))": transforms.RandomCrop((224, 224))(img),
    "padded": transforms.RandomCrop((360, 520), pad_if_needed=True, padding_mode="edge")(img),
    "compose": pipeline(img) * 0.5 + 0.5,
}


def plot_transforms(lang):
    text = LABELS[lang]
    fig, axes = plt.subplots(3, 2, figsize=(5.4, 7.8), layout="constrained")  # two per row: fits a phone
    axes[-1, -1].axis("off")  # five panels, six places
    for ax, (key, out) in zip(axes.flat, panels.items()):
        if isinstance(out, torch.Tensor):
            out = out.permute(1, 2, 0).clamp(0, 1).numpy()  # [C, H, W] -> [H, W, C] for imshow
        ax.imshow(out)
        h, w = out.shape[:2] if hasattr(out, "shape") else (out.height, out.width)
        title = text.get(key, key)  # a panel named by its code keeps that name
        ax.set_title(title + "\n" + text["size"].format(w=w, h=h), fontsize=10)
        ax.set_xlim(0, 520)  # the same scale in every panel: sizes can be compared
        ax.set_ylim(400, 0)
        ax.set_xticks([])
        ax.set_yticks([])
    return fig
