"""ToTensor divides only 8-bit images by 255; 16-bit, 32-bit and float images keep their values and dtype."""
import numpy as np
from PIL import Image
from torchvision import transforms

to_tensor = transforms.ToTensor()
pixels = np.array([[0, 200, 1000, 40000]])  # one row of 4 pixels; 1000 and 40000 need more than 8 bits
Image.fromarray(pixels.astype(np.uint16)).save("depth16.png")  # a 16-bit PNG, like a depth camera's
images = [
    Image.fromarray(pixels.clip(0, 255).astype(np.uint8)),  # mode L: 8 bits, 0..255
    Image.open("depth16.png"),  # mode I;16: 16 bits, 0..65535
    Image.fromarray(pixels.astype(np.int32)),  # mode I: 32-bit integers
    Image.fromarray(pixels.astype(np.float32)),  # mode F: 32-bit floats
]
for image in images:
    print(image.mode, to_tensor(image).flatten())
print(to_tensor(pixels.astype(np.uint16)).flatten())  # arrays other than uint8 are not scaled either
