"""A Dataset over one class folder: __init__ lists the files, __getitem__ opens one, __len__ counts them."""
import os

from PIL import Image
from torch.utils.data import Dataset


class MyData(Dataset):
    def __init__(self, root_dir, label_dir):
        self.root_dir = root_dir  # "data/train"
        self.label_dir = label_dir  # "cat": the folder's name is the class
        self.img_dir = os.path.join(root_dir, label_dir)
        self.img_names = sorted(os.listdir(self.img_dir))  # (1)!

    def __getitem__(self, idx):
        img_path = os.path.join(self.img_dir, self.img_names[idx])
        img = Image.open(img_path).convert("RGB")  # a PIL image with 3 channels
        label = self.label_dir
        return img, label

    def __len__(self):
        return len(self.img_names)


cats = MyData("data/train", "cat")  # the folder written above
coffees = MyData("data/train", "coffee")
print(len(cats), len(coffees))
img, label = cats[2]  # calls cats.__getitem__(2)
print(type(img).__name__, img.size, img.mode, repr(label))
print(cats.img_names)
