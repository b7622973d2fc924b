"""Write a tiny CIFAR-10 in the real on-disk format: data/cifar-10-batches-py/ with pickled batches."""
import os
import pickle

import numpy as np
from PIL import Image
from skimage import data

classes = ["airplane", "automobile", "bird", "cat", "deer",
           "dog", "frog", "horse", "ship", "truck"]  # the real label_names, in the real order
photos = {3: Image.fromarray(data.chelsea()),  # label 3 = cat
          7: Image.fromarray(np.uint8(data.horse()) * 255).convert("RGB")}  # label 7 = horse
rng = np.random.default_rng(0)


def make_batch(n):
    """n random square crops of the photos, 32x32, in CIFAR's layout."""
    rows, labels = [], []
    for _ in range(n):
        label = int(rng.choice([3, 7]))
        photo = photos[label]
        side = int(rng.integers(photo.height * 2 // 3, photo.height + 1))
        left = int(rng.integers(0, photo.width - side + 1))
        top = int(rng.integers(0, photo.height - side + 1))
        img = photo.crop((left, top, left + side, top + side)).resize((32, 32))
        rows.append(np.asarray(img).transpose(2, 0, 1).reshape(3072))  # 1024 red, 1024 green, 1024 blue
        labels.append(label)
    return {"batch_label": "tiny stand-in batch", "labels": labels,
            "data": np.stack(rows), "filenames": [f"img_{i}.png" for i in range(n)]}


folder = os.path.join("data", "cifar-10-batches-py")  # the folder name torchvision looks for
os.makedirs(folder, exist_ok=True)
for name in [f"data_batch_{i}" for i in range(1, 6)] + ["test_batch"]:
    with open(os.path.join(folder, name), "wb") as f:
        pickle.dump(make_batch(4), f)  # the real batches hold 10000 images each
with open(os.path.join(folder, "batches.meta"), "wb") as f:
    pickle.dump({"num_cases_per_batch": 4, "label_names": classes, "num_vis": 3072}, f)

print(sorted(os.listdir(folder)))
with open(os.path.join(folder, "data_batch_1"), "rb") as f:
    batch = pickle.load(f)
print(list(batch), batch["data"].shape, batch["data"].dtype, batch["labels"])
