"""scikit-learn's 8x8 digits as LeNet input: a fixed train/test split and one image per class."""
import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

digits = load_digits()  # 1797 grayscale 8x8 images, pixel values 0..16, ships with scikit-learn
X_all = torch.tensor(digits.images, dtype=torch.float64).unsqueeze(1) / 16  # (N, 1, 8, 8), 0..1
y_all = torch.tensor(digits.target)  # int64 labels 0..9

# a fixed split: 20% for testing, every class in the same proportion in both parts
X_train, X_test, y_train, y_test = train_test_split(
    X_all, y_all, test_size=0.2, random_state=0, stratify=digits.target)
print("train", tuple(X_train.shape), "test", tuple(X_test.shape))
print("test images per class:", torch.bincount(y_test).tolist())


def plot_digit_classes(lang="zh"):
    """The first image of each class 0..9; its only text is the digits, the same in every language."""
    fig, axes = plt.subplots(1, 10, figsize=(10, 1.6))
    for digit, ax in enumerate(axes):
        i = (y_all == digit).nonzero()[0].item()  # the first image of this class
        ax.imshow(X_all[i, 0].numpy(), cmap="gray_r")
        ax.set_title(str(digit))
        ax.axis("off")
    return fig
