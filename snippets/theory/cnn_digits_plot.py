"""scikit-learn's 8x8 digits as LeNet input: a fixed train/test split and one image per class."""
import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

digits = load_digits()  # 1797 grayscale 8x8 images, pixel values 0..16, ships with scikit-learn
X, y = digits.data / 16, digits.target  # (1797, 64) pixels scaled to 0..1, labels 0..9

# a fixed split: 25% for testing, every class in the same proportion in both parts
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0, stratify=y)
# as images for the network: (N, 1, 8, 8) in float64
X_train, X_test = (torch.tensor(a, dtype=torch.float64).reshape(-1, 1, 8, 8) for a in (X_train, X_test))
y_train, y_test = torch.tensor(y_train), torch.tensor(y_test)
print("train", tuple(X_train.shape), "test", tuple(X_test.shape))
print("test images per class:", torch.bincount(y_test).tolist())


def plot_digit_classes(lang):
    """The first image of each class 0..9; its only text is the digits, the same in every language."""
    fig, axes = plt.subplots(2, 5, figsize=(4.6, 2.6))  # five per row: fits a phone
    for digit, ax in enumerate(axes.flat):
        i = (digits.target == digit).nonzero()[0][0]  # the first image of this class
        ax.imshow(digits.images[i], cmap="gray_r")
        ax.set_title(str(digit))
        ax.axis("off")
    return fig
