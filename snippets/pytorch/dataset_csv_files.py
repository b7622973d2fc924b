"""Write a tiny dataset as many come: one folder of images and a CSV file with one label per image."""
import csv
import os
import tempfile

from PIL import Image
from skimage import data

root = tempfile.mkdtemp()  # a new, empty folder
os.makedirs(os.path.join(root, "images"))
photos = {"cat": Image.fromarray(data.chelsea()), "coffee": Image.fromarray(data.coffee())}
annotations = [  # file name, label, and where to cut it from the photo: (left, top, right, bottom)
    ("0001.jpg", "coffee", (0, 0, 400, 300)),
    ("0002.jpg", "cat", (0, 0, 300, 300)),
    ("0003.jpg", "cat", (150, 0, 451, 300)),
    ("0004.jpg", "coffee", (200, 100, 600, 400)),
    ("0005.jpg", "cat", (50, 50, 250, 250)),
]
for name, label, box in annotations:
    photos[label].crop(box).save(os.path.join(root, "images", name))
with open(os.path.join(root, "labels.csv"), "w", newline="") as f:
    writer = csv.writer(f)
    writer.writerow(["file", "label"])  # the header row
    writer.writerows((name, label) for name, label, box in annotations)

print(sorted(os.listdir(root)), sorted(os.listdir(os.path.join(root, "images"))))
with open(os.path.join(root, "labels.csv")) as f:
    print(f.read(), end="")
