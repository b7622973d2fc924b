"""Train softmax regression and an MLP on scikit-learn's digits; compare test accuracies."""
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from torch import nn

X, y = load_digits(return_X_y=True)  # 1797 images of 8x8 pixels, values 0..16
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, random_state=0, stratify=y)  # the same split on every run
X_train, X_test = (torch.tensor(a / 16, dtype=torch.float32) for a in (X_train, X_test))  # pixels -> [0, 1]
y_train, y_test = torch.tensor(y_train), torch.tensor(y_test)
print("train", tuple(X_train.shape), " test", tuple(X_test.shape))
print(f"pixels from {X_train.min():.1f} to {X_train.max():.1f}")


def train(net, num_epochs=30, lr=1.0, batch_size=128):
    loss_fn = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(net.parameters(), lr=lr)
    for epoch in range(num_epochs):
        order = torch.randperm(len(X_train))  # a new shuffle every epoch
        for i in range(0, len(X_train), batch_size):
            batch = order[i : i + batch_size]
            loss = loss_fn(net(X_train[batch]), y_train[batch])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    return net


def accuracy(net, X, y):
    with torch.no_grad():
        return (net(X).argmax(dim=1) == y).float().mean().item()


torch.manual_seed(0)
softmax_regression = train(nn.Linear(64, 10))  # linear scores, softmax inside the loss
torch.manual_seed(0)
mlp = train(nn.Sequential(nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 10)))

for name, net in [("softmax regression", softmax_regression), ("MLP 64-64-10", mlp)]:
    num_params = sum(p.numel() for p in net.parameters())
    print(f"{name:<18}  parameters {num_params:>4}  train acc {accuracy(net, X_train, y_train):.4f}"
          f"  test acc {accuracy(net, X_test, y_test):.4f}")
