"""Wrap scikit-learn's 8x8 digit images in a TensorDataset and a shuffling DataLoader."""
import torch
from sklearn.datasets import load_digits
from torch.utils.data import DataLoader, TensorDataset

digits = load_digits()  # 1797 grayscale images, 10 classes, ships with scikit-learn
features = torch.tensor(digits.images, dtype=torch.float32) / 16  # pixels 0..16 -> 0..1
labels = torch.tensor(digits.target)  # int64 class indices
print(features.shape, labels.shape, labels[:10])

torch.manual_seed(0)  # the shuffled order is the same on every run
batch_size = 64
train_iter = DataLoader(TensorDataset(features, labels), batch_size=batch_size, shuffle=True)
X, y = next(iter(train_iter))  # one minibatch
print(len(train_iter), X.shape, y.shape)
