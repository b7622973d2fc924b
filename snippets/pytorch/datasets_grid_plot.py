"""Draw the first eight training images of the tiny CIFAR-10, read from its files with pickle, titled in Chinese or English."""
import os
import pickle

import matplotlib.pyplot as plt
import numpy as np
from PIL import Image
from skimage import data

# Chinese labels need a CJK font; matplotlib falls back to it for glyphs DejaVu Sans lacks
plt.rcParams["font.family"] = ["DejaVu Sans", "Noto Sans CJK SC"]

# a title shows the class name from batches.meta (what the dataset's classes[label] gives) and the label
CLASSES_ZH = ["飞机", "汽车", "鸟", "猫", "鹿", "狗", "青蛙", "马", "船", "卡车"]  # the same order as classes
LABELS = {
    "zh": {"title": "{i}：{name}（{zh_name}）\n标签 {label}"},
    "en": {"title": "{i}: {name} ({label})"},
}

# the same tiny files as above, written again so that this code also runs by itself
classes = ["airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"]
photos = {3: Image.fromarray(data.chelsea()),
          7: Image.fromarray(np.uint8(data.horse()) * 255).convert("RGB")}
rng = np.random.default_rng(0)


def make_batch(n):
    rows, labels = [], []
    for _ in range(n):
        label = int(rng.choice([3, 7]))
        photo = photos[label]
        side = int(rng.integers(photo.height * 2 // 3, photo.height + 1))
        left = int(rng.integers(0, photo.width - side + 1))
        top = int(rng.integers(0, photo.height - side + 1))
        img = photo.crop((left, top, left + side, top + side)).resize((32, 32))
        rows.append(np.asarray(img).transpose(2, 0, 1).reshape(3072))
        labels.append(label)
    return {"batch_label": "tiny stand-in batch", "labels": labels,
            "data": np.stack(rows), "filenames": [f"img_{i}.png" for i in range(n)]}


folder = os.path.join("data", "cifar-10-batches-py")
os.makedirs(folder, exist_ok=True)
for name in [f"data_batch_{i}" for i in range(1, 6)] + ["test_batch"]:
    with open(os.path.join(folder, name), "wb") as f:
        pickle.dump(make_batch(4), f)
with open(os.path.join(folder, "batches.meta"), "wb") as f:
    pickle.dump({"num_cases_per_batch": 4, "label_names": classes, "num_vis": 3072}, f)


# read the files back as torchvision does inside CIFAR10: no dataset class, so no checksum either
with open(os.path.join(folder, "batches.meta"), "rb") as f:
    label_names = pickle.load(f, encoding="latin1")["label_names"]  # the class names: classes
images, labels = [], []
for name in ["data_batch_1", "data_batch_2"]:  # 4 images each: the first 8 of the training split
    with open(os.path.join(folder, name), "rb") as f:
        batch = pickle.load(f, encoding="latin1")
    images.append(batch["data"].reshape(-1, 3, 32, 32).transpose(0, 2, 3, 1))  # rows -> (N, H, W, C)
    labels += batch["labels"]
images = np.concatenate(images)


def plot_cifar_samples(lang):
    text = LABELS[lang]
    fig, axes = plt.subplots(2, 4, figsize=(7, 4))
    for i, ax in enumerate(axes.flat):
        label = labels[i]
        ax.imshow(images[i])  # 32x32 pixels, drawn large
        name, zh_name = label_names[label], CLASSES_ZH[label]
        ax.set_title(text["title"].format(i=i, name=name, zh_name=zh_name, label=label), fontsize=10)
        ax.axis("off")
    return fig
