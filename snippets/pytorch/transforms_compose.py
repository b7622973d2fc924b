"""Compose: chain transforms into one pipeline, applied in list order."""
from PIL import Image
from skimage import data
from torchvision import transforms

img = Image.fromarray(data.chelsea())
trans_compose = transforms.Compose([
    transforms.Resize((400, 300)),  # PIL -> PIL
    transforms.ToTensor(),  # PIL -> float tensor in [0, 1]
    transforms.Normalize([0.5, 0.5, 0.5], [0.5, 0.5, 0.5]),  # tensor -> tensor in [-1, 1]
])
print(trans_compose)
img_compose = trans_compose(img)
print(img_compose.shape, img_compose.dtype)
print(f"[{img_compose.min():.4f}, {img_compose.max():.4f}]")

step_by_step = transforms.Normalize([0.5] * 3, [0.5] * 3)(transforms.ToTensor()(transforms.Resize((400, 300))(img)))
print((img_compose - step_by_step).abs().max())  # the same as calling them one after another
