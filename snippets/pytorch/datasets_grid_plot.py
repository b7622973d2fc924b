"""Draw the first eight training images of the tiny CIFAR-10, titled with their class names in Chinese or English."""
import os
import pickle

import matplotlib.pyplot as plt
import numpy as np
from PIL import Image
from skimage import data
from torchvision import datasets, transforms

# Chinese labels need a CJK font; matplotlib falls back to it for glyphs DejaVu Sans lacks
plt.rcParams["font.family"] = ["DejaVu Sans", "Noto Sans CJK SC"]

# a title shows the class name the dataset gives (classes[label]) and the label
CLASSES_ZH = ["飞机", "汽车", "鸟", "猫", "鹿", "狗", "青蛙", "马", "船", "卡车"]  # the same order as classes
LABELS = {
    "zh": {"title": "{i}：{name}（{zh_name}）\n标签 {label}"},
    "en": {"title": "{i}: {name} ({label})"},
}

# the same tiny files as above, written again so that this script runs on its own
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


class TinyCIFAR10(datasets.CIFAR10):  # CIFAR10 without the md5 check, as above
    train_list = [[name, None] for name, md5 in datasets.CIFAR10.train_list]
    test_list = [[name, None] for name, md5 in datasets.CIFAR10.test_list]
    meta = {**datasets.CIFAR10.meta, "md5": None}


train_data = TinyCIFAR10(root="data", train=True, download=False, transform=transforms.ToTensor())


def plot_cifar_samples(lang="zh"):
    text = LABELS[lang]
    fig, axes = plt.subplots(2, 4, figsize=(7, 4))
    for i, ax in enumerate(axes.flat):
        img, label = train_data[i]
        ax.imshow(img.permute(1, 2, 0).numpy())  # [C, H, W] -> [H, W, C]; 32x32 pixels, drawn large
        name, zh_name = train_data.classes[label], CLASSES_ZH[label]
        ax.set_title(text["title"].format(i=i, name=name, zh_name=zh_name, label=label), fontsize=10)
        ax.axis("off")
    return fig
