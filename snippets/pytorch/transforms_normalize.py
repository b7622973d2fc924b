"""Normalize: per channel, subtract the mean and divide by the standard deviation."""
import torch
from PIL import Image
from skimage import data
from torchvision import transforms

img_tensor = transforms.ToTensor()(Image.fromarray(data.chelsea()))  # [3, 300, 451], values in [0, 1]
normalize = transforms.Normalize(mean=[0.5, 0.5, 0.5], std=[0.5, 0.5, 0.5])  # one value per channel
norm_img = normalize(img_tensor)

mean = torch.tensor([0.5, 0.5, 0.5]).reshape(3, 1, 1)  # (1)!
std = torch.tensor([0.5, 0.5, 0.5]).reshape(3, 1, 1)
print((norm_img - (img_tensor - mean) / std).abs().max())  # x' = (x - mu) / sigma
print(f"before: [{img_tensor.min():.4f}, {img_tensor.max():.4f}]")
print(f"after:  [{norm_img.min():.4f}, {norm_img.max():.4f}]")

ends = torch.tensor([0.0, 0.5, 1.0]).repeat(3, 1, 1)  # 3 channels, each holding 0, 0.5 and 1
print(normalize(ends)[0])  # 0 -> -1, 0.5 -> 0, 1 -> 1: [0, 1] becomes [-1, 1]

mu = img_tensor.mean(dim=(1, 2))  # this image's own mean and std of each channel
sigma = img_tensor.std(dim=(1, 2))
print(mu.round(decimals=4), sigma.round(decimals=4))
z = transforms.Normalize(mean=mu.tolist(), std=sigma.tolist())(img_tensor)
print(z.mean(dim=(1, 2)).abs().round(decimals=4))  # |mean| per channel: 0
print(z.std(dim=(1, 2)).round(decimals=4))  # std 1 per channel
