"""RandomCrop: a random window of a fixed size; pad_if_needed pads an image that is too small."""
import torch
from PIL import Image
from skimage import data
from torchvision import transforms

img = Image.fromarray(data.chelsea())  # 451 wide, 300 high
torch.manual_seed(0)  # RandomCrop draws its window with torch's random numbers
crop = transforms.RandomCrop(size=(224, 224))
print(crop(img).size)
print([transforms.RandomCrop.get_params(img, (224, 224)) for _ in range(3)])  # (top, left, h, w)

try:
    transforms.RandomCrop(size=(320, 320))(img)  # taller than the image
except ValueError as e:
    print("ValueError:", e)

crop_pad = transforms.RandomCrop(
    size=(320, 320),
    pad_if_needed=True,  # pad the image first where it is too small
    padding_mode="edge",  # pad by repeating the edge pixels
)
print(crop_pad(img).size)
