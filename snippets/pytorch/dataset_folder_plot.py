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
    fig, axes = plt.subplots(1, len(files), figsize=(14, 2.6))
    for ax, (label, name) in zip(axes, files):
        img = Image.open(os.path.join("data", "train", label, name))  # read back from disk
        ax.imshow(img)
        ax.set_title(f"{label}/{name}\n" + text["size"].format(w=img.width, h=img.height), fontsize=9)
        ax.axis("off")
    return fig
