"""The offline stand-in for CIFAR-10: scikit-learn's 8x8 digits blown up to 3x32x32."""
import torch
import torch.nn.functional as F
from sklearn.datasets import load_digits

digits = load_digits()  # 1797 grayscale 8x8 images, pixels 0..16
images = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16  # (1)!
images = F.interpolate(images, size=32, mode="bilinear")  # (N, 1, 32, 32): smooth 4x upsampling
images = images.repeat(1, 3, 1, 1)  # (2)!
labels = torch.tensor(digits.target)
print(images.shape, images.dtype, labels[:8])
print(f"{images.min():.2f} {images.max():.2f}", torch.bincount(labels).tolist())
