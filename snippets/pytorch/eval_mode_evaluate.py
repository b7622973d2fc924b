"""Train an MLP with BatchNorm and Dropout on the digits and evaluate it on a held-out split."""
import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


def evaluate(net, data_iter, loss_fn):
    """Mean loss and accuracy of net on data_iter, in eval mode and without building graphs."""
    device = next(net.parameters()).device
    net.eval()  # Dropout off, BatchNorm uses its running statistics
    total_loss, correct, n = 0.0, 0, 0
    with torch.no_grad():  # no graph: less memory, less work
        for X, y in data_iter:
            X, y = X.to(device), y.to(device)  # the data goes where the model is
            y_hat = net(X)
            total_loss += loss_fn(y_hat, y).item() * len(y)  # (1)!
            correct += (y_hat.argmax(dim=1) == y).sum().item()
            n += len(y)
    return total_loss / n, correct / n


digits = load_digits()
features = torch.tensor(digits.data, dtype=torch.float32) / 16  # 1797 x 64
labels = torch.tensor(digits.target)

torch.manual_seed(0)  # same split, batch order and initial weights on every run
idx = torch.randperm(len(labels))
test_idx, train_idx = idx[:400], idx[400:]  # 400 held-out images the model never trains on
batch_size, lr, num_epochs = 64, 0.1, 5
train_iter = DataLoader(TensorDataset(features[train_idx], labels[train_idx]),
                        batch_size=batch_size, shuffle=True)
test_iter = DataLoader(TensorDataset(features[test_idx], labels[test_idx]), batch_size=batch_size)

net = nn.Sequential(nn.Linear(64, 128), nn.BatchNorm1d(128), nn.ReLU(), nn.Dropout(0.5),
                    nn.Linear(128, 10))
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(net.parameters(), lr=lr)

for epoch in range(num_epochs):
    net.train()  # (2)!
    for X, y in train_iter:
        optimizer.zero_grad()
        loss = loss_fn(net(X), y)
        loss.backward()
        optimizer.step()
    test_loss, test_acc = evaluate(net, test_iter, loss_fn)
    print(f"epoch {epoch + 1}, test loss {test_loss:.4f}, test acc {test_acc:.4f}")
