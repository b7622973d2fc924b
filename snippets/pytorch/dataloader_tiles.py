"""A small map-style Dataset: ten 32x32 tiles cut from a photo; tile i has label i."""
from PIL import Image
from skimage import data
from torch.utils.data import Dataset
from torchvision import transforms


class Tiles(Dataset):
    def __init__(self, transform=None):
        photo = Image.fromarray(data.chelsea()).crop((0, 60, 450, 240)).resize((160, 64))
        # 2 rows x 5 columns of 32x32 tiles, numbered row by row
        self.tiles = [photo.crop((32 * c, 32 * r, 32 * c + 32, 32 * r + 32))
                      for r in range(2) for c in range(5)]
        self.transform = transform

    def __getitem__(self, idx):
        img = self.tiles[idx]
        if self.transform is not None:
            img = self.transform(img)
        return img, idx  # the label is the tile's number

    def __len__(self):
        return len(self.tiles)


tiles = Tiles(transform=transforms.ToTensor())
img, label = tiles[7]
print(len(tiles), img.shape, img.dtype, label, type(label).__name__)
