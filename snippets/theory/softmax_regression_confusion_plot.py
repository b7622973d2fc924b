"""Train nn.Linear softmax regression on the digits; plot the confusion matrix and misclassified digits."""
import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_digits
from sklearn.metrics import ConfusionMatrixDisplay
from sklearn.model_selection import train_test_split
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

# Chinese labels need a CJK font; matplotlib falls back to it for glyphs DejaVu Sans lacks
plt.rcParams["font.family"] = ["DejaVu Sans", "Noto Sans CJK SC"]

LABELS = {
    "zh": {"title": "混淆矩阵，{n} 张测试图片", "x": "预测类别", "y": "真实类别",
           "image": "真实 {true}\n预测 {pred}", "wrong": "预测错 {n} 张，这里是前 10 张"},
    "en": {"title": "confusion matrix, {n} test images", "x": "predicted class", "y": "true class",
           "image": "true {true}\npred {pred}", "wrong": "{n} misclassified, the first 10"},
}

X, y = load_digits(return_X_y=True)  # 1797 images of 8x8 pixels, values 0..16
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, random_state=0, stratify=y)  # the same split on every run
X_train, X_test = (torch.tensor(a, dtype=torch.float32) / 16 for a in (X_train, X_test))
y_train, y_test = torch.tensor(y_train), torch.tensor(y_test)

torch.manual_seed(0)
train_iter = DataLoader(TensorDataset(X_train, y_train), batch_size=128, shuffle=True)
net = nn.Linear(64, 10)
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(net.parameters(), lr=1.0)
for epoch in range(20):
    for X, y in train_iter:
        optimizer.zero_grad()
        loss_fn(net(X), y).backward()
        optimizer.step()
with torch.no_grad():
    y_pred = net(X_test).argmax(dim=1)
y_test, y_pred, X_test = y_test.numpy(), y_pred.numpy(), X_test.numpy()  # matplotlib wants NumPy


def plot_confusion(lang):
    text = LABELS[lang]
    fig = plt.figure(figsize=(5.2, 8.4), layout="constrained")
    top, bottom = fig.subfigures(2, 1, height_ratios=[1.45, 1])  # one above the other: fits a phone
    ax = top.subplots()
    ConfusionMatrixDisplay.from_predictions(y_test, y_pred, ax=ax, colorbar=False, cmap="Blues")
    ax.set_title(text["title"].format(n=len(y_test)))
    ax.set_xlabel(text["x"])
    ax.set_ylabel(text["y"])

    wrong = (y_pred != y_test).nonzero()[0]  # indices of the mistakes
    for ax, i in zip(bottom.subplots(2, 5).flat, wrong[:10]):  # the first 10
        ax.imshow(X_test[i].reshape(8, 8), cmap="gray_r")
        ax.set_title(text["image"].format(true=y_test[i], pred=y_pred[i]), fontsize=10)
        ax.axis("off")
    bottom.suptitle(text["wrong"].format(n=len(wrong)))
    return fig
