# %% [markdown]
# # Training a convolutional network
#
# This page is a notebook: the outputs and the figure below are what running its cells printed
# and drew. It runs [the complete training loop](../../pytorch/training/) from start to finish:
# the CIFAR-10 convolutional network of that page, with a ReLU after every convolution and
# between the two fully connected layers, is trained for a few epochs on scikit-learn's
# handwritten digits, evaluated on a test set after every epoch, and the loss and test accuracy
# are plotted at the end. The source notes' version of the network, the same layers without a
# single activation function, is trained alongside, to see what the activations actually
# change.
#
# ## The data
#
# 1797 grayscale 8×8 digit images, enlarged to 32×32 and copied into 3 channels, which
# gives them the shape of CIFAR-10 images and lets them stand in for CIFAR-10, which would need a
# download. 400 random images form the test set, and 1000 of the remaining 1397 the training set.

# %%
import time

import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")

digits = load_digits()
images = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
images = F.interpolate(images, size=32, mode="bilinear").repeat(1, 3, 1, 1)  # (1797, 3, 32, 32)
labels = torch.tensor(digits.target)

torch.manual_seed(0)
idx = torch.randperm(len(labels))
test_idx, train_idx = idx[:400], idx[400:1400]
batch_size = 64
train_iter = DataLoader(TensorDataset(images[train_idx], labels[train_idx]),
                        batch_size=batch_size, shuffle=True)
test_iter = DataLoader(TensorDataset(images[test_idx], labels[test_idx]), batch_size=batch_size)
print(len(train_iter.dataset), "training images,", len(test_iter.dataset), "test images")
images.shape  # the value of a cell's last expression is shown too

# %% [markdown]
# ## The network
#
# The network: three "convolution + ReLU + max pooling" stages, a flattening layer and two fully
# connected layers with a ReLU between them. With `relu=False` every ReLU is left out, which gives
# the source notes' network. ReLU has no parameters, so both versions have the same parameters
# and, from the same seed, the same initial values.

# %%
def make_net(relu=True):
    layers = [
        nn.Conv2d(3, 32, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(32, 32, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(32, 64, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(1024, 64), nn.ReLU(), nn.Linear(64, 10),
    ]
    if not relu:  # the source notes' network: the same layers without a single ReLU
        layers = [layer for layer in layers if not isinstance(layer, nn.ReLU)]
    return nn.Sequential(*layers).to(device)


def evaluate(net, data_iter, loss_fn):
    net.eval()
    total_loss, correct = 0.0, 0
    with torch.no_grad():
        for X, y in data_iter:
            X, y = X.to(device), y.to(device)
            y_hat = net(X)
            total_loss += loss_fn(y_hat, y).item() * len(y)
            correct += (y_hat.argmax(dim=1) == y).sum().item()
    return total_loss / len(data_iter.dataset), correct / len(data_iter.dataset)


def train(net, num_epochs=4, lr=1e-3):
    loss_fn = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(net.parameters(), lr=lr)
    history = {"train loss": [], "test loss": [], "test accuracy": []}
    for epoch in range(num_epochs):
        net.train()
        total_loss = 0.0
        for X, y in train_iter:
            X, y = X.to(device), y.to(device)
            loss = loss_fn(net(X), y)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total_loss += loss.item() * len(y)
        test_loss, test_acc = evaluate(net, test_iter, loss_fn)
        history["train loss"].append(total_loss / len(train_iter.dataset))
        history["test loss"].append(test_loss)
        history["test accuracy"].append(test_acc)
        print(f"epoch {epoch + 1}: train loss {history['train loss'][-1]:.3f}, "
              f"test loss {test_loss:.3f}, test accuracy {test_acc:.3f}")
    return history

# %% [markdown]
# ## Training
#
# First the source notes' network, with no activation function at all:

# %%
start = time.perf_counter()
torch.manual_seed(0)
plain = train(make_net(relu=False))
print(f"{time.perf_counter() - start:.1f} s")

# %% [markdown]
# Then the version with ReLUs, from the same initialization seed and with the same data order:

# %%
start = time.perf_counter()
torch.manual_seed(0)
with_relu = train(make_net(relu=True))
print(f"{time.perf_counter() - start:.1f} s")

# %% [markdown]
# ## Results

# %% alt="Two line charts, one above the other. Top: the training loss (dashed) and the test loss (solid) after each epoch, for the version without activation and the one with ReLU; bottom: the test accuracy of both versions after each epoch, above 0.9 at the end"
# Chinese labels need a CJK font; matplotlib falls back to it for glyphs DejaVu Sans lacks
plt.rcParams["font.family"] = ["DejaVu Sans", "Noto Sans CJK SC"]

LABELS = {
    "zh": {"plain": "无激活函数", "train": "{name}：训练", "test": "{name}：测试",
           "epoch": "迭代周期", "loss": "损失", "accuracy": "测试准确率"},
    "en": {"plain": "no activation", "train": "{name}: train", "test": "{name}: test",
           "epoch": "epoch", "loss": "loss", "accuracy": "test accuracy"},
}
epochs = range(1, len(plain["test accuracy"]) + 1)


def plot_history(lang):
    text = LABELS[lang]
    fig, (ax_loss, ax_acc) = plt.subplots(2, 1, figsize=(4.4, 6.0))
    for name, history, color in ((text["plain"], plain, "tab:blue"), ("ReLU", with_relu, "tab:orange")):
        ax_loss.plot(epochs, history["train loss"], color=color, linestyle="--",
                     label=text["train"].format(name=name))
        ax_loss.plot(epochs, history["test loss"], color=color, label=text["test"].format(name=name))
        ax_acc.plot(epochs, history["test accuracy"], color=color, marker="o", label=name)
    ax_loss.set_xlabel(text["epoch"])
    ax_loss.set_ylabel(text["loss"])
    ax_loss.legend()
    ax_acc.set_xlabel(text["epoch"])
    ax_acc.set_ylabel(text["accuracy"])
    ax_acc.legend()
    for ax in (ax_loss, ax_acc):
        ax.set_xticks(list(epochs))
        ax.grid(alpha=0.3)
    fig.tight_layout()
    return fig


plot_history(lang="en")
plt.show()

# %% [markdown]
# The top plot shows the training loss (dashed) and the test loss (solid), the bottom one the
# test accuracy at the end of each epoch. The training loss is the average over an epoch's
# batches, including the early ones when the model had learned little, while the test loss is
# measured at the end of the epoch. That is why in the first epochs the training loss is higher
# than the test loss.

# %%
final_plain, final_relu = plain["test accuracy"][-1], with_relu["test accuracy"][-1]
print(f"test accuracy after {len(epochs)} epochs: no activation {final_plain:.3f}, ReLU {final_relu:.3f}")
# what the text below says, checked on this run
assert final_plain > 0.9 and final_relu > 0.9
assert with_relu["test accuracy"][0] < plain["test accuracy"][0]
assert abs(final_plain - final_relu) < 0.02
assert plain["train loss"][0] > plain["test loss"][0]

# %% [markdown]
# Both versions get over 90% of the 400 unseen test images right: the model really has learned
# to read digits (the `assert`s above check these statements on the run shown here). The
# version with ReLUs learns more slowly in the first epoch, and at the end the two are less than
# 2 percentage points apart. On data this easy, the missing activations cost nothing visible:
# without any ReLU, the network's only nonlinearity is its max pooling (convolutions and fully
# connected layers are affine, and two fully connected layers in a row amount to one), and for
# handwritten digits that is enough. What the ReLUs change is which functions the network can
# represent; whether that turns into higher accuracy depends on the data and the task.
#
# To go further, try a larger `num_epochs` and watch when the test loss starts rising again
# (overfitting), or swap `Adam` for `SGD` and find the learning rate and number of epochs it
# needs to reach the same accuracy.
