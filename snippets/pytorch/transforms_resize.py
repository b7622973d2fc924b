"""Resize: a (height, width) pair sets both sides; one int sets the shorter side and keeps the aspect ratio."""
from PIL import Image
from skimage import data
from torchvision import transforms

img = Image.fromarray(data.chelsea())
print(img.size)  # (width, height)

resize = transforms.Resize((400, 300))  # (height, width)
img_resized = resize(img)
print(type(img_resized).__name__, img_resized.size)  # PIL in, PIL out; size is (width, height)
print(transforms.Resize(150)(img).size)  # shorter side 300 -> 150, the other follows

img_tensor = transforms.ToTensor()(img)
print(resize(img_tensor).shape)  # tensors work too: [C, H, W]
