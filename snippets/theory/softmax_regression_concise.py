"""Softmax regression on the digits with nn.Linear, nn.CrossEntropyLoss and torch.optim.SGD."""
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

X, y = load_digits(return_X_y=True)  # 1797 images of 8x8 pixels, values 0..16
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, random_state=0, stratify=y)  # the same split on every run
X_train, X_test = (torch.tensor(a, dtype=torch.float32) / 16 for a in (X_train, X_test))
y_train, y_test = torch.tensor(y_train), torch.tensor(y_test)

torch.manual_seed(0)
lr, num_epochs, batch_size = 1.0, 20, 128
train_iter = DataLoader(TensorDataset(X_train, y_train), batch_size=batch_size, shuffle=True)
net = nn.Linear(64, 10)  # outputs logits; the softmax is inside the loss
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(net.parameters(), lr=lr)

for epoch in range(num_epochs):
    for X, y in train_iter:
        optimizer.zero_grad()
        loss = loss_fn(net(X), y)
        loss.backward()
        optimizer.step()
    if (epoch + 1) % 5 == 0:
        with torch.no_grad():
            print(f"epoch {epoch + 1}, loss {loss_fn(net(X_train), y_train):.4f}")

with torch.no_grad():
    test_acc = (net(X_test).argmax(dim=1) == y_test).float().mean().item()
print(f"test accuracy {test_acc:.4f} on {len(y_test)} images")
assert test_acc > 0.93
