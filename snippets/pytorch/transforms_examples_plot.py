"""Draw one photo before and after Resize, RandomCrop (with edge padding) and a Compose pipeline."""
import matplotlib.pyplot as plt
import torch
from PIL import Image
from skimage import data
from torchvision import transforms

img = Image.fromarray(data.chelsea())  # 451 wide, 300 high
torch.manual_seed(0)
pipeline = transforms.Compose([transforms.Resize((400, 300)), transforms.ToTensor(),
                               transforms.Normalize([0.5] * 3, [0.5] * 3)])
panels = {
    "original": img,
    "Resize((400, 300))": transforms.Resize((400, 300))(img),
    "RandomCrop((224, 224))": transforms.RandomCrop((224, 224))(img),
    "RandomCrop((360, 520),\npad_if_needed, edge)": transforms.RandomCrop(
        (360, 520), pad_if_needed=True, padding_mode="edge")(img),
    "Compose: Resize, ToTensor,\nNormalize (shown as x*0.5+0.5)": pipeline(img) * 0.5 + 0.5,
}

fig, axes = plt.subplots(1, len(panels), figsize=(15, 3.6))
for ax, (title, out) in zip(axes, panels.items()):
    if isinstance(out, torch.Tensor):
        out = out.permute(1, 2, 0).clamp(0, 1).numpy()  # [C, H, W] -> [H, W, C] for imshow
    ax.imshow(out)
    h, w = out.shape[:2] if hasattr(out, "shape") else (out.height, out.width)
    ax.set_title(f"{title}\n{w}x{h}", fontsize=9)
    ax.set_xlim(0, 520)  # the same scale in every panel: sizes can be compared
    ax.set_ylim(400, 0)
    ax.set_xticks([])
    ax.set_yticks([])
plt.show()
