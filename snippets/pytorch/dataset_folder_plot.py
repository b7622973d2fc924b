"""Write a tiny image folder, train/<class>/<file>.jpg, cut from scikit-image's photos, and draw it."""
import os

import matplotlib.pyplot as plt
from PIL import Image
from skimage import data

# Chinese labels need a CJK font; matplotlib falls back to it for glyphs DejaVu Sans lacks
plt.rcParams["font.family"] = ["DejaVu Sans", "Noto Sans CJK SC"]

LABELS = {
    "zh": {"size": "宽 {w}，高 {h}"},
    "en": {"size": "{w} wide, {h} high"},
}

photos = {"cat": Image.fromarray(data.chelsea()),  # 451x300 RGB photo, ships with scikit-image
          "coffee": Image.fromarray(data.coffee())}  # 600x400
boxes = {"cat": [(0, 0, 451, 300), (230, 40, 430, 240), (60, 20, 300, 200), (100, 150, 451, 300)],
         "coffee": [(0, 0, 600, 400), (150, 10, 510, 300), (300, 180, 600, 400)]}  # (left, top, right, bottom)
for label, crops in boxes.items():
    os.makedirs(os.path.join("data", "train", label), exist_ok=True)
    for i, box in enumerate(crops):
        img = photos[label].crop(box)
        img = img.resize((img.width // 2, img.height // 2))  # small files of different sizes
        img.save(os.path.join("data", "train", label, f"{label}_{i}.jpg"), quality=90)

files = []  # (folder, file name) of every JPEG, in sorted order
for label in sorted(os.listdir(os.path.join("data", "train"))):
    for name in sorted(os.listdir(os.path.join("data", "train", label))):
        files.append((label, name))
        print(f"data/train/{label}/{name}")


def plot_image_folder(lang):
    text = LABELS[lang]
    fig, axes = plt.subplots(3, 3, figsize=(5.4, 5.4), layout="constrained")  # three per row: fits a phone
    places = [(0, 0), (0, 1), (0, 2), (1, 0), (2, 0), (2, 1), (2, 2)]  # each folder starts a row
    for (r, c), (label, name) in zip(places, files):
        img = Image.open(os.path.join("data", "train", label, name))  # read back from disk
        axes[r, c].imshow(img)
        axes[r, c].set_title(f"{label}/{name}\n" + text["size"].format(w=img.width, h=img.height), fontsize=10)
    for ax in axes.flat:
        ax.axis("off")
    return fig
