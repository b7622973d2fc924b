"""The same pipeline with torchvision.transforms.v2, checked against v1."""
import torch
from PIL import Image
from skimage import data
from torchvision import transforms
from torchvision.transforms import v2

img = Image.fromarray(data.chelsea())
pipeline_v1 = transforms.Compose([
    transforms.Resize((400, 300)),
    transforms.ToTensor(),
    transforms.Normalize([0.5, 0.5, 0.5], [0.5, 0.5, 0.5]),
])
pipeline_v2 = v2.Compose([
    v2.Resize((400, 300)),  # on the PIL image, like v1
    v2.ToImage(),  # PIL -> uint8 image tensor [C, H, W], values unchanged
    v2.ToDtype(torch.float32, scale=True),  # (1)!
    v2.Normalize([0.5, 0.5, 0.5], [0.5, 0.5, 0.5]),
])
x1, x2 = pipeline_v1(img), pipeline_v2(img)
print(type(x2).__name__, x2.shape, x2.dtype)
print(f"largest difference: {(x2 - x1).abs().max().item():.0e}")  # one float32 rounding step
pixels1 = ((x1 * 0.5 + 0.5) * 255).round()  # undo Normalize and the scaling: 0..255 again
pixels2 = ((x2 * 0.5 + 0.5) * 255).round()
print("pixels that differ:", (pixels1 != pixels2).sum().item())
