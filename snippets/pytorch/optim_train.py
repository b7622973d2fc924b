"""Train a linear classifier on the digits with SGD: zero_grad, forward, loss, backward, step."""
import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

digits = load_digits()
features = torch.tensor(digits.images, dtype=torch.float32) / 16
labels = torch.tensor(digits.target)

torch.manual_seed(0)  # same batch order and initial weights on every run
batch_size, lr, num_epochs = 64, 0.5, 5
train_iter = DataLoader(TensorDataset(features, labels), batch_size=batch_size, shuffle=True)
net = nn.Sequential(nn.Flatten(), nn.Linear(64, 10))  # 8x8 image -> 64 -> 10 scores
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(net.parameters(), lr=lr)

for epoch in range(num_epochs):
    total_loss = 0.0
    for X, y in train_iter:
        optimizer.zero_grad()  # 1. clear the previous step's gradients
        y_hat = net(X)  # 2. forward
        loss = loss_fn(y_hat, y)  # 3. mean loss of the batch
        loss.backward()  # 4. fill .grad of every parameter
        optimizer.step()  # 5. update the parameters
        total_loss += loss.item() * len(y)  # a Python float: no graph is kept
    print(f"epoch {epoch + 1}, loss {total_loss / len(labels):.4f}")

with torch.no_grad():
    acc = (net(features).argmax(dim=1) == labels).float().mean().item()
print(f"train accuracy {acc:.4f}")
