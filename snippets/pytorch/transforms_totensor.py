"""ToTensor: a PIL image or a uint8 array becomes a float CHW tensor in [0, 1]; a float array is not rescaled."""
import numpy as np
from PIL import Image
from skimage import data
from torchvision import transforms

img = Image.fromarray(data.chelsea())  # a PIL image, as Image.open("cat.jpg") would give
print(type(img).__name__, img.size, img.mode)  # size is (width, height)

to_tensor = transforms.ToTensor()  # a class: create the transform once, then call it
img_tensor = to_tensor(img)
print(img_tensor.shape, img_tensor.dtype)  # [C, H, W]
print(f"min {img_tensor.min().item():.4f}, max {img_tensor.max().item():.4f}")

arr = np.array(img)  # the same pixels as an (H, W, C) uint8 array
print(arr.shape, arr.dtype, arr[0, 0], img_tensor[:, 0, 0])  # 143 / 255 = 0.5608
print((to_tensor(arr) - img_tensor).abs().max())  # a uint8 array gives the same tensor

arr_float = arr.astype(np.float32)  # same numbers, float dtype
print(to_tensor(arr_float).shape, to_tensor(arr_float).max())  # only transposed, not divided by 255
